#include "extract/Extractor.h"
// Placeholder: the owner of this stage replaces it.
