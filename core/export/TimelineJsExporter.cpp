#include "export/TimelineJsExporter.h"
