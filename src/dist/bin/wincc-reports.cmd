@echo off
rem wincc-reports start script (Windows).
rem
rem   bin\wincc-reports.cmd run shift-report --day 2026-11-24
rem   bin\wincc-reports.cmd serve --port 8080
rem
rem Home folder (jobs\, config\, data\, output\, logs\): WINCC_REPORTS_HOME, or the folder this script was
rem unpacked in. Java 17 or newer: <folder>\jre, else JAVA_HOME, else java.exe on the PATH.
rem Extra JVM options (heap, proxy): WINCC_REPORTS_JAVA_OPTS, e.g. -Xmx2g.
rem Class-data archive (faster starts): made on this PC at the first start, under <home>\data\cds\;
rem WINCC_REPORTS_CDS=off starts without it. docs\installing.md says more.
rem
rem bin/wincc-reports is the POSIX twin of this script: keep JVM_OPTIONS and MAIN_CLASS the same in both
rem (DistributionIT checks it). No parenthesised blocks around expanded paths: "C:\Program Files (x86)"
rem would close them.
setlocal EnableExtensions DisableDelayedExpansion

set "JVM_OPTIONS=-Djava.awt.headless=true -Dfile.encoding=UTF-8 -Dsun.net.httpserver.nodelay=true -XX:+ExitOnOutOfMemoryError"
set "MAIN_CLASS=com.winccreports.WinccReportsApplication"
rem One-shot verbs (run, verify, templates, ...) compile with C1 alone: a job of seconds or minutes never earns back
rem what the optimizing C2 compiler costs on a plant PC's few cores; serve and simulator run for days and keep both
rem compilers (docs\benchmarks.md has the measurements).
set "ONE_SHOT_JIT=-XX:TieredStopAtLevel=1"
set "JIT_OPTION=%ONE_SHOT_JIT%"
if /i "%~1"=="serve" set "JIT_OPTION="
if /i "%~1"=="simulator" set "JIT_OPTION="
set "BUILD_ID=@dist.build-id@"

for %%I in ("%~dp0..") do set "APP_HOME=%%~fI"
set "APP_JAR=%APP_HOME%\app\wincc-reports.jar"

if not defined WINCC_REPORTS_HOME set "WINCC_REPORTS_HOME=%APP_HOME%"
if not exist "%WINCC_REPORTS_HOME%\" goto no_home

set "JAVA_EXE="
if exist "%APP_HOME%\jre\bin\java.exe" set "JAVA_EXE=%APP_HOME%\jre\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%j in (java.exe) do set "JAVA_EXE=%%~$PATH:j"
if not defined JAVA_EXE goto no_java

rem `java -version` prints e.g.: openjdk version "17.0.15" 2025-04-15
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:" version "') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
if not defined JAVA_VERSION goto old_java
set "JAVA_MAJOR="
for /f "delims=.-_+" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if "%JAVA_MAJOR%"=="1" goto old_java
set /a JAVA_MAJOR_NUMBER=JAVA_MAJOR 2>nul
if not defined JAVA_MAJOR_NUMBER goto old_java
if %JAVA_MAJOR_NUMBER% LSS 17 goto old_java

rem An archive fits only the JVM build and the jars that made it: its name carries the product build, the Java
rem version and the size of the JVM library (which differs between builds of one version).
set "JVM_SIZE=0"
for %%J in ("%JAVA_EXE%") do set "JAVA_BIN=%%~dpJ"
for %%L in ("%JAVA_BIN%server\jvm.dll") do set "JVM_SIZE=%%~zL"
set "CDS_DIR=%WINCC_REPORTS_HOME%\data\cds"
set "CDS_ARCHIVE=%CDS_DIR%\wincc-reports-%BUILD_ID%-java-%JAVA_VERSION%-%JVM_SIZE%.jsa"

if /i "%WINCC_REPORTS_CDS%"=="off" goto run_plain
if exist "%CDS_ARCHIVE%" goto run_with_archive
if exist "%CDS_ARCHIVE%.failed" goto run_plain
rem the verbs that start Spring
for %%W in ("run" "restart" "stop" "executions" "schedules" "serve" "audit") do if /i "%~1"==%%W goto train_first
goto run_plain

:train_first
call :record_class_data_archive
if exist "%CDS_ARCHIVE%" goto run_with_archive

:run_plain
"%JAVA_EXE%" %JVM_OPTIONS% %JIT_OPTION% %WINCC_REPORTS_JAVA_OPTS% -cp "%APP_JAR%" %MAIN_CLASS% %*
exit /b %ERRORLEVEL%

:run_with_archive
"%JAVA_EXE%" %JVM_OPTIONS% %JIT_OPTION% "-XX:SharedArchiveFile=%CDS_ARCHIVE%" %WINCC_REPORTS_JAVA_OPTS% -cp "%APP_JAR%" %MAIN_CLASS% %*
exit /b %ERRORLEVEL%

rem The training run: the demo report of app\training\ (the shipped demo jobs and templates, never this
rem installation's) runs in a scratch home against the embedded simulator, so nothing of this installation is read,
rem touched or contacted; it loads what a nightly run loads - Spring Batch, the WinCC client, Excel, PDF and chart
rem rendering - and the JVM writes those classes when it exits.
:record_class_data_archive
if not exist "%CDS_DIR%\" mkdir "%CDS_DIR%" 2>nul || exit /b 0
if not exist "%WINCC_REPORTS_HOME%\logs\" mkdir "%WINCC_REPORTS_HOME%\logs" 2>nul || exit /b 0
set "SCRATCH=%CDS_DIR%\training-%RANDOM%%RANDOM%"
set "PARTIAL=%CDS_ARCHIVE%.%RANDOM%.partial"
set "TRAINING_LOG=%WINCC_REPORTS_HOME%\logs\cds-training.log"
echo wincc-reports: first start with this Java %JAVA_VERSION%: recording a class-data archive for faster starts, once - up to a minute; log: %TRAINING_LOG% 1>&2
mkdir "%SCRATCH%" 2>nul
xcopy "%APP_HOME%\app\training" "%SCRATCH%" /e /i /q /y > nul 2>&1 || goto training_failed
setlocal
set "WINCC_REPORTS_HOME=%SCRATCH%"
pushd "%SCRATCH%"
rem exit 2 (incomplete data) records the same classes: the archive written decides
"%JAVA_EXE%" %JVM_OPTIONS% %ONE_SHOT_JIT% %WINCC_REPORTS_JAVA_OPTS% "-XX:ArchiveClassesAtExit=%PARTIAL%" -cp "%APP_JAR%" %MAIN_CLASS% run shift-report > "%TRAINING_LOG%" 2>&1 < nul
popd
endlocal
rmdir /s /q "%SCRATCH%" 2>nul
if exist "%PARTIAL%" for %%Q in ("%PARTIAL%") do if %%~zQ GTR 0 move /y "%PARTIAL%" "%CDS_ARCHIVE%" > nul 2>&1
if exist "%CDS_ARCHIVE%" exit /b 0
:training_failed
del /q "%PARTIAL%" 2>nul
rmdir /s /q "%SCRATCH%" 2>nul
echo see %TRAINING_LOG%> "%CDS_ARCHIVE%.failed"
echo wincc-reports: no class-data archive could be made - see %TRAINING_LOG%; starting without it. Delete %CDS_DIR% to try again. 1>&2
exit /b 0

:no_home
echo wincc-reports: WINCC_REPORTS_HOME=%WINCC_REPORTS_HOME% is not a folder: create it, with jobs\ and config\, or unset it to use %APP_HOME% 1>&2
exit /b 4

:no_java
echo wincc-reports: Java 17 or newer is needed and none was found: install it, set JAVA_HOME, or unpack a Java runtime into %APP_HOME%\jre 1>&2
exit /b 4

:old_java
echo wincc-reports: Java 17 or newer is needed, %JAVA_EXE% is Java %JAVA_VERSION%: install Java 17+, set JAVA_HOME to it, or unpack it into %APP_HOME%\jre 1>&2
exit /b 4
