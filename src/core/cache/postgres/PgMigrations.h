#pragma once

#include <vector>

namespace nd {

// PostgreSQL's ordered, append-only schema migrations (numbered apart from SQLite's).
const std::vector<const char *> &pgMigrations();

} // namespace nd
