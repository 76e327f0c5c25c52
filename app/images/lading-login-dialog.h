/* lading-login-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-engine.h"

G_BEGIN_DECLS

#define LADING_TYPE_LOGIN_DIALOG (lading_login_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LadingLoginDialog, lading_login_dialog, LADING, LOGIN_DIALOG, AdwWindow)

GtkWidget *lading_login_dialog_new (GtkWindow    *parent,
                                    LadingEngine *engine,
                                    const char   *registry);

G_END_DECLS
