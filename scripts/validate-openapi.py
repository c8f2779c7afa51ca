#!/usr/bin/env python3
"""Validates OpenAPI documents with openapi-spec-validator; prints one line per invalid file and a summary.

    python3 scripts/validate-openapi.py FILE...      exit 0 when every file validates, 1 otherwise, 2 without the package
"""
import sys

try:
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename
except ImportError:
    print("openapi-spec-validator is not installed (pip install openapi-spec-validator==0.9.0)", file=sys.stderr)
    sys.exit(2)

valid = invalid = operations = 0
for path in sys.argv[1:]:
    try:
        document, _ = read_from_filename(path)
        validate(document)
        valid += 1
        operations += sum(1 for item in document.get("paths", {}).values() for _ in item)
    except Exception as error:  # the validator raises several kinds; every one is a failure of that file
        invalid += 1
        print(f"INVALID {path}: {str(error).splitlines()[0][:300]}")
print(f"{valid} passed, {invalid} failed")
print(f"openapi-validate: {valid} valid, {invalid} invalid documents, {operations} operations in the valid ones")
sys.exit(1 if invalid else 0)
