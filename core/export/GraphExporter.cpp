#include "export/GraphExporter.h"
