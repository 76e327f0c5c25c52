/* lading-engine-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine-error"

#include "config.h"

#include "lading-engine-error.h"

G_DEFINE_QUARK (lading-engine-error-quark, lading_engine_error)
