/* lading-volumes-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-list-view.h"
#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_VOLUMES_PAGE (lading_volumes_page_get_type ())

G_DECLARE_FINAL_TYPE (LadingVolumesPage, lading_volumes_page, LADING, VOLUMES_PAGE, GtkWidget)

void            lading_volumes_page_set_store     (LadingVolumesPage *self,
                                                   LadingStore       *store);
LadingListView *lading_volumes_page_get_list_view (LadingVolumesPage *self);

G_END_DECLS
