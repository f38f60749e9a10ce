#pragma once

#include <QString>

namespace nd {

// A translation looked up in `context` (a class's, as lupdate files the strings of its member
// functions), then in "nd", where lupdate files the strings of free functions in the namespace (a
// file's helpers). Without the second look those were never translated.
QString trIn(const char *context, const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace nd
