create database mentoring_test;
create database mentoring_bench;
