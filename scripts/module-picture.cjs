// The module picture: which feature module may use which. Every other edge between modules is refused by
// .dependency-cruiser.cjs, which is generated from this list. A module uses another only through what that module
// exports: its service (and loaders for field resolvers), its Nest module, its GraphQL model types, its errors and
// pure policies; never its entities, repositories or query files.
module.exports = {
  identity: ['provider'],
  provider: [],
  capacity: ['provider'],
  subsidy: [],
  elder: ['identity', 'provider', 'subsidy'],
  assessment: ['elder', 'identity'],
  matching: ['elder', 'provider', 'subsidy', 'bed'],
  // home-care owns the visit evidence chain it writes at check-in/check-out; settlement reads home care's visits and
  // verifies that chain, so the edge runs one way only (settlement -> home-care) and the two form no cycle.
  'home-care': ['elder', 'identity', 'provider', 'subsidy'],
  bed: ['capacity', 'elder', 'provider'],
  rating: ['capacity', 'provider'],
  statistics: ['provider', 'capacity', 'elder', 'home-care', 'bed', 'assessment'],
  // Notifications hear the others' events and ask their services for recipients, names and what is due; none uses it.
  notification: ['identity', 'provider', 'elder', 'subsidy', 'assessment', 'home-care', 'bed'],
  // settlement reads the month's facts through their owners: visits and home beds, stays, care levels, grades, prices.
  settlement: ['elder', 'home-care', 'provider', 'bed', 'capacity', 'rating'],
  // Care records are built on home care (a visit's tasks, observations at a visit); home care calls them back only
  // through its check-out hooks.
  'care-record': ['assessment', 'bed', 'capacity', 'elder', 'home-care', 'identity', 'provider', 'rating'],
  // the demo seed creates through the owners' services
  demo: ['provider', 'capacity', 'identity'],
};
