/* lading-test-app.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-application.h"
#include "lading-window.h"

G_BEGIN_DECLS

LadingApplication *lading_test_app_init (int       *argc,
                                         char    ***argv,
                                         gboolean   needs_engine);
LadingWindow      *lading_test_app_open_window (LadingApplication  *app,
                                                LadingStore       **store,
                                                const char         *page);

G_END_DECLS
