#!/usr/bin/env bash
# Rewrites Sources/DocGenGeneration/Templates/BuiltInTemplates.swift from Templates/*.mustache, so that docgen
# carries its built-in templates wherever it runs. A test (BuiltInTemplatesTests) fails when the two differ.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/DocGenGeneration/Templates/BuiltInTemplates.swift
{
  echo "// Written by scripts/embed-templates.sh from Templates/*.mustache; do not edit by hand."
  echo "// BuiltInTemplatesTests checks that this file and Templates/ agree."
  echo ""
  echo "enum BuiltInTemplates {"
  echo "    /// Template name (file name without \`.mustache\`) → source."
  echo "    static let sources: [String: String] = ["
  for file in $(ls Templates/*.mustache | LC_ALL=C sort); do
    name=$(basename "$file" .mustache)
    if grep -q '"###' "$file"; then echo "template $file contains \"###" >&2; exit 1; fi
    echo "        \"$name\": ###\"\"\""
    cat "$file"
    echo ""
    echo "\"\"\"###,"
  done
  echo "    ]"
  echo "}"
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out"
