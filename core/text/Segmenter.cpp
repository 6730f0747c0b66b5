#include "text/Segmenter.h"
