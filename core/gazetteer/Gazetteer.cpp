#include "gazetteer/Gazetteer.h"
// Placeholder: the owner of this stage replaces it.
