#include "pipeline/Extraction.h"

// Placeholder until the extraction stage lands: extraction adds nothing yet.
namespace rasad {
bool extractAll(Store &, StoreError *) { return true; }
} // namespace rasad
