#pragma once

#include <vector>

namespace nd {

// The cache's schema history; schema version N is the state after migrations()[N-1].
const std::vector<const char *> &migrations();

} // namespace nd
