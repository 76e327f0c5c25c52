/* lading-test-app.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-application.h"

G_BEGIN_DECLS

LadingApplication *lading_test_app_init (int       *argc,
                                         char    ***argv,
                                         gboolean   needs_engine);

G_END_DECLS
