/* lading-registry-client-private.h
 *
 * The pure parts of LadingRegistryClient, shared with the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A WWW-Authenticate header: its scheme ("basic", "bearer", lowercase)
 * and its parameters (realm, service, scope…) with the quotes taken off.
 * NULL when it names no scheme. */
char       *_lading_registry_challenge_parse (const char  *header,
                                              GHashTable **params);
/* The target of a Link header's rel="next", or NULL. */
char       *_lading_registry_link_next       (const char  *header);

G_END_DECLS
