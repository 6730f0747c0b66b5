#pragma once
// Removed once real views exist.
