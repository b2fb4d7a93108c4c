@echo off
rem Checks a data folder as the app does, without starting the app (README, "Check the data before publishing").
rem   bin\check-data.cmd [--json] [FOLDER]    FOLDER defaults to data; exit status 0 valid, 1 refused
rem   CCFACTS_JAR  the jar (default: target\cc-facts-0.1.0-SNAPSHOT.jar of this checkout); JAVA_HOME  a JDK 21 or newer
setlocal
set "ROOT=%~dp0.."
if "%CCFACTS_JAR%"=="" set "CCFACTS_JAR=%ROOT%\target\cc-facts-0.1.0-SNAPSHOT.jar"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
if not exist "%CCFACTS_JAR%" (
  echo bin\check-data.cmd: no jar at %CCFACTS_JAR% ^(build it with mvnw.cmd package -DskipTests^) 1>&2
  exit /b 1
)
"%JAVA%" -XX:TieredStopAtLevel=1 -jar "%CCFACTS_JAR%" --check-data %*
exit /b %ERRORLEVEL%
