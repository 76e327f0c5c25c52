/* lading-registry-browser.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"
#include "lading-transfers.h"

G_BEGIN_DECLS

#define LADING_TYPE_REGISTRY_BROWSER (lading_registry_browser_get_type ())

G_DECLARE_FINAL_TYPE (LadingRegistryBrowser, lading_registry_browser, LADING, REGISTRY_BROWSER, AdwWindow)

GtkWidget *lading_registry_browser_new (GtkWindow       *parent,
                                        LadingStore     *store,
                                        LadingTransfers *transfers);
void       lading_registry_browser_browse (LadingRegistryBrowser *self,
                                           const char            *registry);

G_END_DECLS
