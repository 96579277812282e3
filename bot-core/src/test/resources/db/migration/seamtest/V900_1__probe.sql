-- A test location for the vendor seam (VendorMigrationsTest): the table both databases create.
create table seam_probe (vendor varchar(20) not null);
