/**
 * ISO 22400-2 KPIs over named elements mapped in the job file, each explained by formula, inputs
 * and coverage: {@link com.winccreports.shift.kpi.KpiInputsResolver} →
 * {@link com.winccreports.shift.kpi.KpiCalculator} → {@link com.winccreports.shift.kpi.KpiResult}.
 * Plain Java.
 */
package com.winccreports.shift.kpi;
