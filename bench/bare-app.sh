#!/usr/bin/env bash
# Generates and builds the reference for bench/speed.sh: a bare Vaadin 25.2.3 app (same pom basics: Spring Boot
# 4.0.7, vaadin-core, production profile, reactEnable=false) whose one view draws one ApexCharts 4.7.0 line chart,
# with the Lumo theme loaded as Vaadin 25's starter projects load it (@StyleSheet(Lumo.STYLESHEET)): Vaadin 24
# loaded Lumo by default, Vaadin 25 loads no theme unless told, and an app without a theme is no app's baseline.
# Usage: bench/bare-app.sh TARGET_DIR   (builds TARGET_DIR/target/bare-0.0.1.jar)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; DIR=$1
mkdir -p "$DIR/src/main/java/bare" "$DIR/src/main/frontend"
# the project's lockfile pins the npm packages that resolve on this network (the bare app needs a subset)
cp "$ROOT/package-lock.json" "$DIR/package-lock.json"
cat > "$DIR/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>4.0.7</version><relativePath/></parent>
  <groupId>bare</groupId><artifactId>bare</artifactId><version>0.0.1</version>
  <properties><java.version>21</java.version><vaadin.version>25.2.3</vaadin.version></properties>
  <dependencyManagement><dependencies><dependency><groupId>com.vaadin</groupId><artifactId>vaadin-bom</artifactId><version>${vaadin.version}</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>com.vaadin</groupId><artifactId>vaadin-core</artifactId></dependency>
    <dependency><groupId>com.vaadin</groupId><artifactId>vaadin-spring</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webmvc</artifactId></dependency>
  </dependencies>
  <build><finalName>bare-0.0.1</finalName><plugins>
    <plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin>
    <plugin><groupId>com.vaadin</groupId><artifactId>vaadin-maven-plugin</artifactId><version>${vaadin.version}</version>
      <configuration><reactEnable>false</reactEnable></configuration>
      <executions><execution><goals><goal>prepare-frontend</goal><goal>build-frontend</goal></goals><phase>compile</phase></execution></executions></plugin>
  </plugins></build>
</project>
POM
cat > "$DIR/src/main/java/bare/BareApplication.java" <<'JAVA'
package bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class BareApplication implements AppShellConfigurator {
    public static void main(String[] args) { SpringApplication.run(BareApplication.class, args); }

    @Tag("apex-chart")
    @NpmPackage(value = "apexcharts", version = "4.7.0")
    @JsModule("./bare-chart.js")
    public static class Chart extends Component { }

    @Route("")
    public static class BareView extends Div {
        public BareView() { add(new Chart()); }
    }
}
JAVA
cat > "$DIR/src/main/frontend/bare-chart.js" <<'JS'
import ApexCharts from 'apexcharts';
class BareChart extends HTMLElement {
  connectedCallback() {
    const host = document.createElement('div');
    this.replaceChildren(host);
    new ApexCharts(host, { chart: { type: 'line', height: 420 }, series: [{ name: 'series', data: [[1, 1], [2, 3], [3, 2]] }],
      xaxis: { type: 'numeric' } }).render().then(() => this.setAttribute('data-ready', ''));
  }
}
customElements.define('apex-chart', BareChart);
JS
echo "vaadin.launch-browser=false" > /dev/null
cd "$DIR" && "$ROOT/mvnw" -B -q -DskipTests package
