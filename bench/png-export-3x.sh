#!/bin/sh
# Measures a 3x PNG export (median of 5) in headless Chromium; writes bench/results/png-export-3x.txt
# and keeps the PNG in target/bench/. Needs what ./mvnw verify needs (JDK 17, Chromium).
cd "$(dirname "$0")/.." && exec ./mvnw -B verify -Dtest=none -Dit.test=PngExportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false "$@"
