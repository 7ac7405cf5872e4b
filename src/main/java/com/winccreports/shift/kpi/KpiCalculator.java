package com.winccreports.shift.kpi;

import static com.winccreports.shift.kpi.KpiElement.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;

/**
 * Computes the ISO 22400-2 KPIs of one shift from its {@link KpiInputs}. A KPI is produced when
 * all its elements are present (mapped in the job file, or derived); a present element with a
 * missing value or too little coverage makes the KPI {@code incomplete} rather than confident.
 * Stateless apart from the spec; thread-safe.
 */
public final class KpiCalculator {

    private final KpiMapping spec;

    public KpiCalculator(KpiMapping spec) {
        this.spec = spec;
    }

    /** Every KPI whose inputs are present, in {@link Kpi} order. */
    public List<KpiResult> calculate(KpiInputs in) {
        List<KpiResult> out = new ArrayList<>();
        KpiResult a = ratio(in, Kpi.AVAILABILITY, ACTUAL_PRODUCTION_TIME, PLANNED_BUSY_TIME);
        KpiResult e = effectiveness(in);
        KpiResult qr = ratio(in, Kpi.QUALITY_RATIO, GOOD_QUANTITY, PRODUCED_QUANTITY);
        KpiResult ue = has(in, ACTUAL_PRODUCTION_TIME, ACTUAL_UNIT_BUSY_TIME)
                ? ratio(in, Kpi.UTILIZATION_EFFICIENCY, ACTUAL_PRODUCTION_TIME, ACTUAL_UNIT_BUSY_TIME) : null;
        add(out, a);
        add(out, e);
        add(out, qr);
        add(out, product(Kpi.OEE, a, e, qr));
        add(out, ue);
        add(out, product(Kpi.NEE, ue, e, qr));
        if (has(in, ACTUAL_PRODUCTION_TIME, ACTUAL_UNIT_DELAY_TIME)) {
            add(out, combine(in, Kpi.TECHNICAL_EFFICIENCY, ACTUAL_PRODUCTION_TIME, ACTUAL_UNIT_DELAY_TIME,
                    (apt, adet) -> apt / (apt + adet), Double::sum, "%1$s / (%1$s + %2$s)"));
        }
        add(out, ratio(in, Kpi.SCRAP_RATIO, SCRAP_QUANTITY, PRODUCED_QUANTITY));
        add(out, ratio(in, Kpi.REWORK_RATIO, REWORK_QUANTITY, PRODUCED_QUANTITY));
        if (has(in, PRODUCED_QUANTITY, PLANNED_BUSY_TIME)) {
            add(out, combine(in, Kpi.THROUGHPUT_RATE, PRODUCED_QUANTITY, PLANNED_BUSY_TIME,
                    (pq, pbt) -> pq / (pbt / 3600.0), (pq, pbt) -> pbt, "%s / (%s / 3600)"));
        }
        add(out, perFailure(in, Kpi.MTBF, ACTUAL_PRODUCTION_TIME));
        add(out, perFailure(in, Kpi.MTTR, FAILURE_TIME));
        add(out, ratio(in, Kpi.ENERGY_PER_GOOD_UNIT, ENERGY, GOOD_QUANTITY));
        return out;
    }

    private static void add(List<KpiResult> out, KpiResult r) {
        if (r != null) {
            out.add(r);
        }
    }

    private static boolean has(KpiInputs in, KpiElement... elements) {
        for (KpiElement e : elements) {
            if (!in.has(e)) {
                return false;
            }
        }
        return true;
    }

    private KpiResult ratio(KpiInputs in, Kpi kpi, KpiElement num, KpiElement den) {
        if (!has(in, num, den)) {
            return null;
        }
        return combine(in, kpi, num, den, (x, y) -> x / y, (x, y) -> y, "%s / %s");
    }

    /** {@code f(x, y)}, unless {@code denominator(x, y)} is zero (then NaN, with a note naming it). */
    private KpiResult combine(KpiInputs in, Kpi kpi, KpiElement x, KpiElement y, DoubleBinaryOperator f,
            DoubleBinaryOperator denominator, String shape) {
        ElementValue vx = in.get(x);
        ElementValue vy = in.get(y);
        boolean known = vx.known() && vy.known();
        boolean zero = known && denominator.applyAsDouble(vx.value(), vy.value()) == 0;
        double value = known && !zero ? f.applyAsDouble(vx.value(), vy.value()) : Double.NaN;
        String calc = String.format(Locale.ROOT, shape, num(vx), num(vy)) + " = " + num(value);
        String note = zero ? denominatorName(shape, x, y) + " is zero" : null;
        return result(kpi, value, calc, List.of(vx, vy), note);
    }

    private static String denominatorName(String shape, KpiElement x, KpiElement y) {
        return shape.contains("+") ? x.abbreviation() + " + " + y.abbreviation() : y.abbreviation();
    }

    private KpiResult effectiveness(KpiInputs in) {
        if (!has(in, PLANNED_RUN_TIME_PER_UNIT, PRODUCED_QUANTITY, ACTUAL_PRODUCTION_TIME)) {
            return null;
        }
        ElementValue pru = in.get(PLANNED_RUN_TIME_PER_UNIT);
        ElementValue pq = in.get(PRODUCED_QUANTITY);
        ElementValue apt = in.get(ACTUAL_PRODUCTION_TIME);
        double raw = pru.value() * pq.value() / apt.value();
        boolean ok = pru.known() && pq.known() && apt.known() && apt.value() != 0;
        double value = ok ? raw : Double.NaN;
        String note = null;
        if (ok && raw > 1) {
            note = spec.options().performanceCapped()
                    ? "capped at 100 % (uncapped " + num(raw) + ")"
                    : "above 100 %: check the planned run time per unit";
            value = spec.options().performanceCapped() ? 1.0 : raw;
        }
        String calc = num(pru) + " × " + num(pq) + " / " + num(apt) + " = " + num(value);
        return result(Kpi.EFFECTIVENESS, value, calc, List.of(pru, pq, apt), note);
    }

    private KpiResult product(Kpi kpi, KpiResult... factors) {
        List<ElementValue> inputs = new ArrayList<>();
        double value = 1;
        StringBuilder calc = new StringBuilder();
        for (KpiResult f : factors) {
            if (f == null) {
                return null;
            }
            value *= f.value();
            calc.append(calc.length() == 0 ? "" : " × ").append(num(f.value()));
            f.inputs().stream().filter(i -> !inputs.contains(i)).forEach(inputs::add);
        }
        return result(kpi, value, calc + " = " + num(value), inputs, null);
    }

    private KpiResult perFailure(KpiInputs in, Kpi kpi, KpiElement time) {
        if (!has(in, time, FAILURE_COUNT)) {
            return null;
        }
        ElementValue t = in.get(time);
        ElementValue fe = in.get(FAILURE_COUNT);
        boolean none = fe.known() && fe.value() == 0;
        double value = t.known() && fe.known() && !none ? t.value() / fe.value() : Double.NaN;
        String calc = num(t) + " / " + num(fe) + " = " + num(value);
        return result(kpi, value, calc, List.of(t, fe), none ? "no failure in the shift" : null);
    }

    private KpiResult result(Kpi kpi, double value, String calc, List<ElementValue> inputs, String note) {
        double coverage = inputs.stream().mapToDouble(ElementValue::coverage).min().orElse(0);
        boolean missing = inputs.stream().anyMatch(i -> !i.known());
        boolean incomplete = missing || coverage < spec.options().coverageThreshold();
        String why = note;
        if (missing) {
            why = join(why, "missing: " + inputs.stream().filter(i -> !i.known())
                    .map(i -> i.element().abbreviation() + " (" + i.source() + ")").toList());
        } else if (incomplete) {
            why = join(why, String.format(Locale.ROOT, "inputs cover only %.1f %% of the shift", coverage * 100));
        }
        Optional<KpiTarget> target = spec.target(kpi);
        TrafficLight status = incomplete ? TrafficLight.INCOMPLETE
                : target.map(t -> t.status(value)).orElse(TrafficLight.NONE);
        if (!kpi.withinRange(value)) {
            status = TrafficLight.DATA_PROBLEM;
            why = join(why, "outside its physical range (" + kpi.range() + "): a data problem, not a result");
        }
        return new KpiResult(kpi, value, kpi.formula(), calc, inputs, coverage, incomplete, why, status,
                target.map(KpiTarget::target).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble)
                        .orElse(null));
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }

    private static String num(ElementValue v) {
        return num(v.value()) + " " + v.element().unit();
    }

    private static String num(double d) {
        if (Double.isNaN(d)) {
            return "?";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.4f", d);
    }
}
