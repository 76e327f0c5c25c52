/* lading-process-list-private.h
 *
 * The pure parser of `GET /containers/{id}/top`, shared with the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-process-list.h"

G_BEGIN_DECLS

/* {"Titles": [...], "Processes": [[...], ...]}; a row that is not an array of
 * strings is skipped, a reply without Titles fails with BAD_RESPONSE. */
LadingProcessList *_lading_process_list_parse (GBytes  *bytes,
                                               GError **error);

G_END_DECLS
