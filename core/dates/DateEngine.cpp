#include "dates/DateEngine.h"
// Placeholder: the owner of this stage replaces it.
