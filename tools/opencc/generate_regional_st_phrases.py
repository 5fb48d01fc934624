#!/usr/bin/env python3
"""Writes STPhrases_GeneratedFromRegionalPhrases.txt the way OpenCC 1.4.2's build does.

OpenCC generates this dictionary at build time (data/dictionary/BUILD.bazel, rule
generate_STPhrases_GeneratedFromRegionalPhrases, script data/scripts/generate_st_phrases_from_regional_phrases.py):
every key of HKPhrases.txt and TWPhrases.txt is converted to simplified with t2s.json, and each simplified
form of three or more characters becomes an ST phrase whose value is the original key. s2twp.json and
s2hk.json use it in segmentation and in the first conversion, so a simplified word such as 自行车 stays one
segment and the regional table can still match it after the character step.

The npm package ships only the compiled .ocd2, so this script rebuilds the text form from the package's text
dictionaries. t2s.json is TSPhrases, then TSCharactersExt, then TSCharacters (short-circuit); TSCharactersExt is
not shipped as text and only maps rare characters that no regional key uses (checked: the result has the same
200 entries as the package's STPhrases_GeneratedFromRegionalPhrases.ocd2).

Usage: generate_regional_st_phrases.py <opencc-package>/data/dictionary <output.txt>
"""
import sys
from collections import defaultdict
from pathlib import Path


def read(path):
    entries = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        entries.append((key, values.split(" ")))
    return entries


def t2s(text, phrases, characters, max_len):
    out, i = [], 0
    while i < len(text):
        for n in range(min(max_len, len(text) - i), 0, -1):
            piece = text[i:i + n]
            if piece in phrases:
                out.append(phrases[piece])
                i += n
                break
        else:
            out.append(characters.get(text[i], text[i]))
            i += 1
    return "".join(out)


def main(dictionary_dir, output):
    d = Path(dictionary_dir)
    phrases = {k: v[0] for k, v in read(d / "TSPhrases.txt")}
    characters = {k: v[0] for k, v in read(d / "TSCharacters.txt")}
    max_len = max(len(k) for k in phrases)
    collisions = defaultdict(list)
    for name in ("HKPhrases.txt", "TWPhrases.txt"):
        for key, _ in read(d / name):
            simplified = t2s(key, phrases, characters, max_len)
            if len(simplified) >= 3:
                collisions[simplified].append(key)
    conflicts = {k: v for k, v in collisions.items() if len(set(v)) > 1}
    if conflicts:
        sys.exit(f"conflicting projections: {conflicts}")
    with open(output, "w", encoding="utf-8", newline="\n") as stream:
        stream.write("# Open Chinese Convert (OpenCC) Dictionary\n")
        stream.write("# File: STPhrases_GeneratedFromRegionalPhrases.txt\n")
        stream.write("# Format: key\tvalue(s) (values separated by spaces)\n")
        stream.write("# License: Apache-2.0 (see LICENSE)\n")
        stream.write("# Source: generated from HKPhrases.txt, TWPhrases.txt keys via t2s.json"
                     " (tools/opencc/generate_regional_st_phrases.py)\n")
        stream.write("# Used in configs: s2twp.json, s2hk.json\n\n")
        for key in sorted(collisions):
            stream.write(f"{key}\t{collisions[key][0]}\n")
    print(f"{len(collisions)} entries")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
