#pragma once
// Placeholder: the owner of this stage replaces it.
