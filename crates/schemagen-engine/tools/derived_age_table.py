"""Prints the Rust table of the code points Unicode 13.0 assigns (DerivedAge.txt, any later version
of it: ages never change), merged into ranges. Usage: derived_age_table.py DerivedAge.txt > table"""
import re, sys

FLOOR = (13, 0)
ranges = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*(\d+)\.(\d+)", line)
    if not m:
        continue
    if (int(m.group(3)), int(m.group(4))) > FLOOR:
        continue
    lo = int(m.group(1), 16)
    hi = int(m.group(2) or m.group(1), 16)
    ranges.append((lo, hi))
ranges.sort()
merged = []
for lo, hi in ranges:
    if merged and lo <= merged[-1][1] + 1:
        merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
    else:
        merged.append((lo, hi))
print(f"// {len(merged)} ranges")
line = "   "
for lo, hi in merged:
    item = f" (0x{lo:X}, 0x{hi:X}),"
    if len(line) + len(item) > 100:
        print(line)
        line = "   "
    line += item
print(line)
