/* lading-networks-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-list-view.h"
#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_NETWORKS_PAGE (lading_networks_page_get_type ())

G_DECLARE_FINAL_TYPE (LadingNetworksPage, lading_networks_page, LADING, NETWORKS_PAGE, GtkWidget)

void            lading_networks_page_set_store      (LadingNetworksPage *self,
                                                     LadingStore        *store);
LadingListView *lading_networks_page_get_list_view  (LadingNetworksPage *self);

G_END_DECLS
