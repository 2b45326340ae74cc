#!/usr/bin/env python3
"""Prints how many times functions whose name contains CALLEE were called
from functions whose name contains CALLER in a callgrind output file.

usage: bench/callgrind_calls.py CALLGRIND_OUT CALLER CALLEE
"""
import re
import sys


def main():
    path, caller, callee = sys.argv[1:4]
    names = {}
    current = ""
    target = ""
    total = 0
    ref = re.compile(r"^(c?fn)=\((\d+)\)(?: (.*))?$")
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = ref.match(line.rstrip("\n"))
            if m:
                kind, num, name = m.groups()
                if name:
                    names[num] = name
                if kind == "fn":
                    current = names.get(num, "")
                else:
                    target = names.get(num, "")
                continue
            if line.startswith("calls=") and caller in current and callee in target:
                total += int(line.split("=")[1].split()[0])
    print(total)


if __name__ == "__main__":
    main()
