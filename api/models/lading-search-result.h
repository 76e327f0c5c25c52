/* lading-search-result.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LADING_TYPE_SEARCH_RESULT (lading_search_result_get_type ())

G_DECLARE_FINAL_TYPE (LadingSearchResult, lading_search_result, LADING, SEARCH_RESULT, GObject)

const char *lading_search_result_get_name        (LadingSearchResult *self);
const char *lading_search_result_get_description (LadingSearchResult *self);
gint64      lading_search_result_get_star_count  (LadingSearchResult *self);
gboolean    lading_search_result_get_official    (LadingSearchResult *self);

G_END_DECLS
