#include "merge/EventMerger.h"
// Placeholder: the owner of this stage replaces it.
