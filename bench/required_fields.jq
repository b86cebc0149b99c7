# The required-fields check a user would write with jq: one line per record, read raw so that a
# broken line is reported and the rest of the file is still checked (plain `jq` stops at the
# first syntax error). Prints one line per bad record: its line number and what is wrong.
# Run: jq -R -r -f required_fields.jq export.jsonl
(try fromjson catch null) as $r
| if ($r | type) != "object" then "\(input_line_number): not a JSON object"
  elif ($r.id | type) != "string" or ($r.id | test("^\\s*$")) then "\(input_line_number): missing id"
  elif ($r.content | type) != "string" or ($r.content | test("^\\s*$")) then "\(input_line_number): missing content"
  else empty end
