/* lading-test-data.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *lading_test_load_data (const char *name);

G_END_DECLS
