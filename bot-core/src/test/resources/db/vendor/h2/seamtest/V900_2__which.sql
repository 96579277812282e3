-- H2's side of the twin V900_2 (VendorMigrationsTest).
insert into seam_probe (vendor) values ('h2');
