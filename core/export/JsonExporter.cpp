#include "export/JsonExporter.h"
// Placeholder: the owner of this stage replaces it.
