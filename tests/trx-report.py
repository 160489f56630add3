#!/usr/bin/env python3
"""Reads the TRX files test.sh writes (one per test project, under <results>/sqlite and <results>/postgres).

  trx-report.py skipped <results>   lists skipped tests with their reasons; exit 1 when there is any (test.sh: in CI
                                    every test runs, so a skip means a missing server or tool, not a pass)
  trx-report.py summary <results>   .ci/run's summary: failed tests' names and message starts, the cases per suite and
                                    database pass, and one total line
"""
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
PASSES = ("sqlite", "postgres")

# Label, test-name prefix, and whether the suite runs in both passes (the integration suite) or only on SQLite.
SUITES = [
    ("Domain rules and properties:", "MaternalMicrobiome.Domain.Tests.", False),
    ("Browser journeys (all):", "MaternalMicrobiome.EndToEnd.Tests.", False),
    ("Authorization matrix and checks:", "MaternalMicrobiome.Web.Tests.Authorization.", True),
    ("Bad-input corpus:", "MaternalMicrobiome.Web.Tests.BadInput.", True),
    ("Whole integration suite:", "MaternalMicrobiome.Web.Tests.", True),
    ("Crash safety (SIGKILL mid-burst):", "MaternalMicrobiome.EndToEnd.Tests.CrashSafetyTests.", False),
    ("Several instances behind nginx:", "MaternalMicrobiome.EndToEnd.Tests.MultiInstanceTests.", False),
]

MESSAGE_LINES = 13  # per failed test, after its name (CI shows only the end of the output)
FAILED_SECTION_LINES = 60
LINE_WIDTH = 300


def outcome_kind(outcome):
    """Passed, skipped, or failed (Failed, Error, Timeout, Aborted, ... all count as failed)."""
    if outcome == "Passed":
        return "passed"
    if outcome == "NotExecuted":
        return "skipped"
    return "failed"


def read_pass(folder):
    """(results, run errors) of every TRX file in one pass's folder; a result is (name, kind, message lines)."""
    results, run_errors = [], []
    for trx in sorted(Path(folder).glob("*.trx")):
        root = ElementTree.parse(trx).getroot()
        for result in root.iterfind("t:Results/t:UnitTestResult", NS):
            message = (result.findtext("t:Output/t:ErrorInfo/t:Message", "", NS) or "").strip()
            stack = (result.findtext("t:Output/t:ErrorInfo/t:StackTrace", "", NS) or "").strip()
            lines = [line for line in (message + "\n" + stack).splitlines() if line.strip()]
            results.append((result.get("testName", "?"), outcome_kind(result.get("outcome", "")), lines))
        # A crashed test host or a fixture that failed to clean up leaves its reason here rather than on a test; xunit
        # also repeats each failed test's name here ("... [FAIL]"), which the results above already cover.
        for info in root.iterfind("t:ResultSummary/t:RunInfos/t:RunInfo", NS):
            text = (info.findtext("t:Text", "", NS) or "").strip()
            if info.get("outcome") != "Warning" and not text.endswith("[FAIL]"):
                run_errors.append((trx.name, [line for line in text.splitlines() if line.strip()]))
    return results, run_errors


def count(results, prefix, kind):
    return sum(1 for name, k, _ in results if k == kind and name.startswith(prefix))


def skipped(results_dir):
    found = 0
    for name in PASSES:
        for test, kind, lines in read_pass(Path(results_dir) / name)[0]:
            if kind == "skipped":
                found += 1
                print(f"  Skipped ({name} pass) {test}: {lines[0] if lines else 'no reason given'}")
    if found:
        print(f"== {found} test(s) skipped: test.sh runs every test (it provides PostgreSQL, nginx and Chromium), so a "
              "skip here means something is missing")
    return 1 if found else 0


def summary(results_dir):
    passes = {name: read_pass(Path(results_dir) / name) for name in PASSES}
    everything = [r for results, _ in passes.values() for r in results]
    run_errors = [(f"{name} pass, {trx}", lines) for name, (_, errors) in passes.items() for trx, lines in errors]
    failed = [(name, test, lines) for name, (results, _) in passes.items() for test, kind, lines in results if kind == "failed"]

    if failed or run_errors:
        print("== failed tests (name and the start of the message; the whole log is above)")
        out = []
        for where, lines in run_errors:
            out.append(f"  Test run error ({where})")
            out.extend(f"    {line.strip()}" for line in lines[:MESSAGE_LINES])
        for name, test, lines in failed:
            out.append(f"  Failed ({name} pass) {test}")
            out.extend(f"    {line.strip()}" for line in lines[:MESSAGE_LINES])
        for line in out[:FAILED_SECTION_LINES]:
            print(line[:LINE_WIDTH])

    for name in PASSES:
        if not any((Path(results_dir) / name).glob("*.trx")):
            print(f"== no test results for the {name} pass (the build or the run stopped before it; see the log above)")

    sqlite, postgres = passes["sqlite"][0], passes["postgres"][0]
    for label, prefix, both in SUITES:
        line = f"{label:<34} SQLite {count(sqlite, prefix, 'passed'):4d} passed, {count(sqlite, prefix, 'failed')} failed"
        if both:
            line += f" | PostgreSQL {count(postgres, prefix, 'passed'):4d} passed, {count(postgres, prefix, 'failed')} failed"
        print(line)

    total = f"{sum(1 for r in everything if r[1] == 'passed')} passed, {len(failed)} failed"
    skips = sum(1 for r in everything if r[1] == "skipped")
    print(total + (f", {skips} skipped" if skips else ""))
    return 0


if __name__ == "__main__":
    commands = {"skipped": skipped, "summary": summary}
    if len(sys.argv) != 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    sys.exit(commands[sys.argv[1]](sys.argv[2]))
