#include "store/Store.h"
// Placeholder: the owner of this stage replaces it.
