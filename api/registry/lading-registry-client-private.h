/* lading-registry-client-private.h
 *
 * The pure parts of LadingRegistryClient (lading-registry-headers.c),
 * and a way to point it elsewhere, shared with the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-registry-client.h"

G_BEGIN_DECLS

/* A WWW-Authenticate header: its scheme ("basic", "bearer", lowercase)
 * and its parameters (realm, service, scope…) with the quotes taken off.
 * NULL when it names no scheme. */
char       *_lading_registry_challenge_parse (const char  *header,
                                              GHashTable **params);
/* The target of a Link header's rel="next", or NULL. */
char       *_lading_registry_link_next       (const char  *header);
/* The path and query of the next page, if @target is on @base_uri's
 * registry; NULL otherwise. */
char       *_lading_registry_link_resolve    (const char  *base_uri,
                                              const char  *target);

/* A client that reaches @registry at @base_uri ("https://127.0.0.1:5000"),
 * not where lading_registry_client_new() would: for the tests. */
LadingRegistryClient *_lading_registry_client_new_for_uri (const char         *registry,
                                                          const char         *base_uri,
                                                          LadingDockerConfig *config);

G_END_DECLS
