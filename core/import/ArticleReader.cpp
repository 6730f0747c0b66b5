#include "import/ArticleReader.h"
// Placeholder: the owner of this stage replaces it.
