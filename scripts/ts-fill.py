#!/usr/bin/env python3
"""Fills the unfinished messages of Qt Linguist catalogues from a JSON file, for translators who
work outside Qt Linguist.

  scripts/ts-fill.py export translations/nangodesk_de.ts > todo-de.json
  scripts/ts-fill.py import translations/nangodesk_de.ts done-de.json

The JSON is a list of {"context", "source", "numerus", "translation"}; for numerus messages
"translation" is a list of plural forms (German and French: two). Imported messages lose the
"unfinished" mark; messages not in the file are left as they are.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def export(path):
    root = ET.parse(path).getroot()
    out = []
    for name, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        out.append({"context": name, "source": message.findtext("source"), "numerus": numerus,
                    "translation": [] if numerus else ""})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def import_(path, done):
    tree = ET.parse(path)
    root = tree.getroot()
    table = {(d["context"], d["source"]): d["translation"] for d in json.load(open(done, encoding="utf-8"))}
    filled = 0
    for name, message in messages(root):
        key = (name, message.findtext("source"))
        if key not in table or not table[key]:
            continue
        translation = message.find("translation")
        value = table[key]
        for child in list(translation):
            translation.remove(child)
        if isinstance(value, list):
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
        filled += 1
    # lupdate's layout: contexts at the left margin, their children indented by four spaces.
    root.text = "\n"
    for child in root:
        ET.indent(child, space="    ")
        child.tail = "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")
    print(f"{path}: {filled} messages filled", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "export":
        export(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "import":
        import_(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
