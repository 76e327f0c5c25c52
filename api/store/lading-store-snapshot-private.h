/* lading-store-snapshot-private.h
 *
 * What LadingStore reads of a snapshot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-store-snapshot.h"

G_BEGIN_DECLS

struct _LadingStoreSnapshot
{
  /* Owned: every LadingContainer */
  GPtrArray *containers;

  /* Owned, nullable: the engine's clock before the lists were asked for.
   * The event stream opened later replays what happened from then on. */
  GDateTime *since;
};

G_END_DECLS
