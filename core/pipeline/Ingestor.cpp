#include "pipeline/Ingestor.h"
// Placeholder: the owner of this stage replaces it.
