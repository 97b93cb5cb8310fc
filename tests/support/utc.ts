// Dates in assertions are read in UTC, whatever the machine's zone.
process.env['TZ'] = 'UTC';
