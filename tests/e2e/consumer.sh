#!/usr/bin/env bash
# Consumer end to end: packs PortLint with a unique version into a temporary feed, then builds a console project and an
# ASP.NET Core project that reference it from that feed, with their own NUGET_PACKAGES so no stale copy is used, and
# checks what a user sees: build warnings with file(line,col), -warnaserror and severity = error failing the build,
# .editorconfig options, SARIF 2.1, PORT006 in launchSettings.json / appsettings.json, and dotnet format.
#
#   bash tests/e2e/consumer.sh          (PORTLINT_E2E_KEEP=1 keeps the temporary folder)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/portlint-e2e.XXXXXX")"
if [[ "${PORTLINT_E2E_KEEP:-}" == "1" ]]; then
  echo "consumer e2e: keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
version="0.1.0-e2e.$(date -u +%Y%m%d%H%M%S).$$"
feed="$work/feed"
app="$work/app"
# No node reuse: the script leaves no MSBuild node behind.
build_flags=(--no-incremental -nodeReuse:false -clp:NoSummary)

passed=0
failed=0
skipped=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
# check DESCRIPTION COMMAND...: passes when COMMAND succeeds.
check() {
  local description="$1"
  shift
  if "$@"; then pass "$description"; else fail "$description"; fi
}
has() { grep -Eq -- "$1" "$2"; }
lacks() { ! grep -Eq -- "$1" "$2"; }
show() { grep -E -- "$1" "$2" | sed "s|$app/||" | sort -u | sed 's/^/    /' || true; }

# build NAME PROJECT [ARGS...]: builds into $work/NAME.log and sets $rc.
build() {
  local name="$1" project="$2"
  shift 2
  rc=0
  dotnet build "$app/$project" "${build_flags[@]}" "$@" > "$work/$name.log" 2>&1 || rc=$?
}

finish() {
  # One word before the colon, so CI reads this as the closing count line.
  echo "consumer-e2e: $passed passed, $failed failed, $skipped skipped"
  [[ $failed -eq 0 ]]
}

# --- Pack ----------------------------------------------------------------------------------------------------------
echo "consumer e2e: packing PortLint $version"
if ! dotnet pack "$repo/src/Package/PortLint.Package.csproj" -c Release -o "$feed" -nodeReuse:false \
    -p:PortLintVersion="$version" -p:UseArtifactsOutput=true -p:ArtifactsPath="$work/artifacts" > "$work/pack.log" 2>&1; then
  cat "$work/pack.log"
  fail "dotnet pack"
  finish
  exit 1
fi
check "pack produced PortLint.$version.nupkg" test -f "$feed/PortLint.$version.nupkg"

# --- Consumer projects ---------------------------------------------------------------------------------------------
# The consumers get their own package folder, so they restore this very package and no stale copy of the version.
export NUGET_PACKAGES="$work/packages"
mkdir -p "$app/ConsoleApp" "$app/WebApp/Properties"
cat > "$app/NuGet.Config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="portlint-e2e" value="$feed" />
  </packageSources>
</configuration>
XML
# The machine's own sources (nuget.org or its mirror) come from the user-level NuGet.Config.

cat > "$app/ConsoleApp/ConsoleApp.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PortLint" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/ConsoleApp/Program.cs" <<'CS'
using System.Net;
using System.Net.Sockets;

var listener = new TcpListener(IPAddress.Loopback, 50000);
listener.Start();
listener.Stop();
using var udp = new UdpClient(55000);
CS

cat > "$app/WebApp/WebApp.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PortLint" Version="$version" />
    <!-- Added by hand as well: build/PortLint.props must not add it twice. -->
    <AdditionalFiles Include="appsettings.json" />
  </ItemGroup>
</Project>
XML
cat > "$app/WebApp/Program.cs" <<'CS'
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls("http://localhost:50001");
var app = builder.Build();
app.MapGet("/", () => "Hello");
app.Run();
CS
cat > "$app/WebApp/Properties/launchSettings.json" <<'JSON'
{
  // Created by the web template; IIS Express picked a port in the dynamic range.
  "iisSettings": {
    "iisExpress": {
      "applicationUrl": "http://localhost:52431",
      "sslPort": 44300
    }
  },
  "profiles": {
    "http": {
      "commandName": "Project",
      "applicationUrl": "http://localhost:5080;http://localhost:61000",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
      },
    },
  },
}
JSON
cat > "$app/WebApp/appsettings.json" <<'JSON'
{
  "Kestrel": {
    "Endpoints": {
      "Grpc": { "Url": "http://*:50051" }
    }
  }
}
JSON

console_program="ConsoleApp/Program.cs"
web_program="WebApp/Program.cs"
launch="WebApp/Properties/launchSettings.json"
appsettings="WebApp/appsettings.json"

# --- Console: warnings with file, line and column ------------------------------------------------------------------
build console ConsoleApp
echo "console build (exit $rc):"
show ': (warning|error) PORT' "$work/console.log"
check "console: build succeeds" test "$rc" -eq 0
check "console: PORT001 warning at Program.cs(4,52)" has "$console_program\(4,52\): warning PORT001: Port 50000 passed to TcpListener\(IPAddress, int\)" "$work/console.log"
check "console: PORT001 warning at Program.cs(7,31)" has "$console_program\(7,31\): warning PORT001: Port 55000 passed to UdpClient\(int\)" "$work/console.log"

build console-warnaserror ConsoleApp -warnaserror
check "console: -warnaserror fails the build" test "$rc" -ne 0
check "console: -warnaserror reports error PORT001" has "$console_program\(4,52\): error PORT001" "$work/console-warnaserror.log"

printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.PORT001.severity = error\n' > "$app/.editorconfig"
build console-severity ConsoleApp
check "console: dotnet_diagnostic.PORT001.severity = error fails the build" test "$rc" -ne 0
check "console: severity = error reports error PORT001" has "$console_program\(4,52\): error PORT001" "$work/console-severity.log"

printf 'root = true\n\n[*.cs]\ndotnet_code_quality.allowed_ports = 50000\n' > "$app/.editorconfig"
build console-allowed ConsoleApp
check "console: allowed_ports = 50000 builds" test "$rc" -eq 0
check "console: allowed_ports = 50000 silences Program.cs(4,52)" lacks "$console_program\(4,52\): warning PORT001" "$work/console-allowed.log"
check "console: allowed_ports = 50000 keeps Program.cs(7,31)" has "$console_program\(7,31\): warning PORT001" "$work/console-allowed.log"
rm "$app/.editorconfig"

# --- SARIF ---------------------------------------------------------------------------------------------------------
# The comma inside the value is escaped (%2C): MSBuild would otherwise split -p: at it.
build console-sarif ConsoleApp "-p:ErrorLog=$work/console.sarif%2Cversion=2.1"
check "console: SARIF build succeeds" test "$rc" -eq 0
check "console: SARIF 2.1 has PORT001 with helpUri, fullDescription and Program.cs(4,52)" python3 - "$work/console.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8-sig"))
assert log["version"] == "2.1.0", log["version"]
run = log["runs"][0]
rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
rule = rules["PORT001"]
assert rule["helpUri"] == "https://github.com/portlint/portlint/blob/main/docs/rules/PORT001.md", rule.get("helpUri")
assert len(rule["fullDescription"]["text"]) > 50, rule.get("fullDescription")
assert rule["shortDescription"]["text"] == "Do not bind a server to a fixed port in the dynamic range"
found = set()
for result in run["results"]:
    if result["ruleId"] != "PORT001":
        continue
    physical = result["locations"][0]["physicalLocation"]
    region = physical["region"]
    found.add((physical["artifactLocation"]["uri"].rsplit("/", 1)[-1], region["startLine"], region["startColumn"]))
assert ("Program.cs", 4, 52) in found and ("Program.cs", 7, 31) in found, found
print("    SARIF rule entry: " + json.dumps(rule))
PY

# --- ASP.NET Core: PORT001 in code, PORT006 in launchSettings.json and appsettings.json -----------------------------
build web WebApp "-p:ErrorLog=$work/web.sarif%2Cversion=2.1"
echo "web build (exit $rc):"
show ': (warning|error) PORT' "$work/web.log"
check "web: build succeeds" test "$rc" -eq 0
check "web: PORT001 warning at Program.cs(2,43)" has "$web_program\(2,43\): warning PORT001: Port 50001 passed to IWebHostBuilder.UseUrls" "$work/web.log"
check "web: SARIF has PORT006 (note) at launchSettings.json(5,43) and (12,65), appsettings.json(4,34) once, nothing for sslPort 44300" python3 - "$work/web.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8-sig"))
run = log["runs"][0]
rule = {r["id"]: r for r in run["tool"]["driver"]["rules"]}["PORT006"]
assert rule["helpUri"].endswith("/docs/rules/PORT006.md"), rule
found = []
for result in run["results"]:
    if result["ruleId"] == "PORT006":
        physical = result["locations"][0]["physicalLocation"]
        region = physical["region"]
        found.append((physical["artifactLocation"]["uri"].rsplit("/", 1)[-1], region["startLine"], region["startColumn"], result["level"]))
expected = [("appsettings.json", 4, 34, "note"), ("launchSettings.json", 5, 43, "note"), ("launchSettings.json", 12, 65, "note")]
assert sorted(found) == expected, sorted(found)
PY

printf 'is_global = true\ndotnet_diagnostic.PORT006.severity = warning\n' > "$app/WebApp/.globalconfig"
build web-port006 WebApp
show ': (warning|error) PORT006' "$work/web-port006.log"
check "web: PORT006 warning at launchSettings.json(5,43)" has "$launch\(5,43\): warning PORT006: Port 52431 set in iisSettings.iisExpress.applicationUrl is a fixed port in the dynamic range 49152-65535" "$work/web-port006.log"
check "web: PORT006 warning at launchSettings.json(12,65)" has "$launch\(12,65\): warning PORT006: Port 61000 set in profiles.http.applicationUrl" "$work/web-port006.log"
check "web: PORT006 warning at appsettings.json(4,34)" has "$appsettings\(4,34\): warning PORT006: Port 50051 set in Kestrel:Endpoints:Grpc:Url" "$work/web-port006.log"
check "web: no PORT006 for sslPort 44300 or port 5080" lacks "PORT006: Port (44300|5080) " "$work/web-port006.log"

build web-no-config-files WebApp -p:PortLintIncludeConfigFiles=false
check "web: PortLintIncludeConfigFiles=false drops launchSettings.json" lacks "launchSettings.json\([0-9]+,[0-9]+\): warning PORT006" "$work/web-no-config-files.log"
check "web: PortLintIncludeConfigFiles=false keeps a hand-added AdditionalFiles item" has "$appsettings\(4,34\): warning PORT006" "$work/web-no-config-files.log"
rm "$app/WebApp/.globalconfig"

# --- dotnet format -------------------------------------------------------------------------------------------------
format_args=(analyzers "$app/ConsoleApp/ConsoleApp.csproj" --diagnostics PORT001 --severity warn --no-restore)
rc=0
dotnet format "${format_args[@]}" --verify-no-changes > "$work/format-verify.log" 2>&1 || rc=$?
check "format: --verify-no-changes exits non-zero before the fix" test "$rc" -ne 0
before="$(sha256sum "$app/$console_program")"
rc_fix=0
dotnet format "${format_args[@]}" > "$work/format-fix.log" 2>&1 || rc_fix=$?
after="$(sha256sum "$app/$console_program")"
if [[ "$before" == "$after" ]]; then
  skipped=$((skipped + 1))
  echo "SKIPPED: format: --verify-no-changes exits zero after the fix: the package has no code fix for PORT001 yet (the fix run exited $rc_fix and changed nothing)"
  sed 's/^/    /' "$work/format-fix.log" | grep -i "code fix" | head -3 || true
else
  check "format: the fix run succeeds" test "$rc_fix" -eq 0
  rc=0
  dotnet format "${format_args[@]}" --verify-no-changes > "$work/format-verify-after.log" 2>&1 || rc=$?
  check "format: --verify-no-changes exits zero after the fix" test "$rc" -eq 0
  echo "    Program.cs after the fix:"
  sed 's/^/    /' "$app/$console_program"
fi

finish
