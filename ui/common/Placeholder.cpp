#include "common/Placeholder.h"
