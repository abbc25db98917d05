#!/bin/sh
# The drift workflow: is the live API still what generated/ was made from?
#
#   APIFREE_API_KEY=... sh examples/drift.sh
#
# Exit 0: nothing breaking. Exit 1: a breaking change: read the report, then
# either accept it in drift-allow.json (by model, rule, operation and pointer,
# with a reason and an optional expiry; see drift-allow.example.json), or take
# the new contracts: `npx apifree-codegen codegen`, fix what no longer
# compiles, and commit snapshot/ and generated/ together.
# In CI, add `--format markdown` for a pull-request comment and
# `--check-generated` to also prove generated/ matches the snapshot.
set -u
codegen=${APIFREE_CODEGEN:-"npx apifree-codegen"}

$codegen drift --snapshot "${SNAPSHOT:-snapshot}" --format text --fail-on breaking
status=$?
case $status in
  0) echo "drift: nothing breaking; snapshot/ still describes the live API" ;;
  1) echo "drift: breaking changes above; accept them in drift-allow.json or run: $codegen codegen" ;;
  *) echo "drift: the check could not run (exit $status)" ;;
esac
exit $status
