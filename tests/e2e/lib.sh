# Shared by the end-to-end scripts that work on a temporary copy of a project (format.sh, testproject.sh): the PASS/FAIL
# counters and the closing "<name>: N passed, N failed" line .ci/run reads, and the copy with absolute analyzer paths.
# Source it after setting e2e_name and repo.

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; }
finish() {
  echo "$e2e_name: $passed passed, $failed failed"
  if [ "$failed" -ne 0 ]; then exit 1; fi
  exit 0
}

# copy_project SOURCE_DIR DEST_DIR PROJECT_FILE_NAME LABEL: copies without build output and makes the repository-relative
# analyzer paths of the project file absolute; stops the script when that did not work.
copy_project() {
  cp -r "$1" "$2"
  rm -rf "$2/bin" "$2/obj"
  sed -i "s#\.\./\.\./\.\./src/#$repo/src/#g" "$2/$3"
  if grep -q "$repo/src/CodeFixes/PortLint.CodeFixes.csproj" "$2/$3"; then
    pass "$4 copied with absolute analyzer paths"
  else
    fail "$4 copied with absolute analyzer paths"
    finish
  fi
}
